/** Engine glue of the inbox: the impartiality guard on the decision task. */
package eu.skills4cities.citycert.inbox.process;

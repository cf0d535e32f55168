package eu.skills4cities.citycert.complaint;

/** What a complaint is about: a certified person (by their certificate's number) or the certification body. */
public enum ComplaintSubject {
    HOLDER,
    BODY
}

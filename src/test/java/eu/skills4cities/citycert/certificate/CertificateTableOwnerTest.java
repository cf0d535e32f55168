package eu.skills4cities.citycert.certificate;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * One owner per table: the module's stores, named {@code *Store} ({@link CertificateStore} the
 * certificates, {@code CertificateChainStore} their successors, {@link StatusListStore} the status
 * lists, {@code lifecycle.LifecycleStore} reminders, holder statements and escalations, and so on), and
 * {@link RegisterSql} are the only classes of the certificate module that talk to the database; and
 * only the certificate module uses them (other modules call {@link CertificateService} and the module's
 * other services).
 */
class CertificateTableOwnerTest {

    private static final String MODULE = "eu.skills4cities.citycert.certificate..";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.skills4cities.citycert");

    @Test
    void only_the_stores_of_the_certificate_module_use_jdbc() {
        noClasses().that().resideInAPackage(MODULE)
                .and().haveSimpleNameNotEndingWith("Store")
                .and().doNotHaveFullyQualifiedName(RegisterSql.class.getName())
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .check(MAIN);
    }

    @Test
    void only_the_certificate_module_uses_the_store() {
        noClasses().that().resideOutsideOfPackage(MODULE)
                .should().dependOnClassesThat(DescribedPredicate.and(
                        JavaClass.Predicates.resideInAPackage(MODULE), JavaClass.Predicates.simpleNameEndingWith("Store")))
                .orShould().dependOnClassesThat().areAssignableTo(RegisterSql.class)
                .check(MAIN);
    }
}

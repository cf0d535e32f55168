package eu.skills4cities.citycert.assessment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The judging's tables have one owner: {@link UnitJudgementStore} is the only class with SQL for them. */
class JudgementTablesOwnerTest {

    private static final Pattern TABLES = Pattern.compile("\\b(unit_review|unit_assessment|passed_unit)\\b");
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.skills4cities.citycert");

    @Test
    void only_the_store_of_the_assessment_module_uses_jdbc() {
        noClasses().that().resideInAPackage("eu.skills4cities.citycert.assessment..")
                .and().doNotHaveFullyQualifiedName(UnitJudgementStore.class.getName())
                .should().dependOnClassesThat().areAssignableTo(JdbcClient.class)
                .orShould().dependOnClassesThat().areAssignableTo(JdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(NamedParameterJdbcOperations.class)
                .orShould().dependOnClassesThat().areAssignableTo(DataSource.class)
                .check(MAIN);
    }

    @Test
    void no_other_class_names_the_judging_tables() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            // package descriptions may name the tables; code may not
            List<String> naming = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .filter(p -> TABLES.matcher(read(p)).find())
                    .map(p -> p.getFileName().toString()).toList();
            assertThat(naming).containsExactly("UnitJudgementStore.java");
        }
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.wecruit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each module declares what it may depend on ({@code allowedDependencies} in its package-info, which
 * {@link ModularityTests} enforces), declares nothing it does not use, and the module table in
 * {@code docs/ARCHITECTURE.md} says the same: the table cannot drift from the code.
 */
class ModuleDependenciesTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)`[^|]*\\|[^|]*\\| ([^|]*) \\|$");

    /** What {@code allowedDependencies} holds when a module declares none: any dependency is allowed. */
    private static final String UNDECLARED = "¯\\_(ツ)_/¯";

    final ApplicationModules modules = ApplicationModules.of(WecruitApplication.class);

    @Test
    void every_module_declares_exactly_the_modules_it_uses() {
        Map<String, Set<String>> used = new TreeMap<>();
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(module -> {
            used.put(module.getIdentifier().toString(), module.getDirectDependencies(modules).uniqueModules()
                    .map(target -> target.getIdentifier().toString()).collect(Collectors.toCollection(TreeSet::new)));
            declared.put(module.getIdentifier().toString(), declared(module.getBasePackage().getName()).stream()
                    .map(dependency -> dependency.split("::")[0].strip())
                    .collect(Collectors.toCollection(TreeSet::new)));
        });

        assertThat(declared).isEqualTo(used);
    }

    @Test
    void the_architecture_table_gives_each_module_its_declared_dependencies() throws IOException {
        Map<String, Set<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/ARCHITECTURE.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                String dependsOn = row.group(2).strip();
                table.put(row.group(1), dependsOn.equals("nothing") ? Set.of()
                        : Arrays.stream(dependsOn.replace("`", "").split(",\\s*")).map(String::strip)
                                .collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        Map<String, Set<String>> declared = new TreeMap<>();
        modules.forEach(module -> declared.put(module.getIdentifier().toString(),
                new TreeSet<>(declared(module.getBasePackage().getName()))));

        assertThat(table).isEqualTo(declared);
    }

    /** What a module's package-info allows it to depend on, as written ("platform :: persistence" kept whole). */
    private static Set<String> declared(String basePackage) {
        try {
            ApplicationModule module = Class.forName(basePackage + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(module).as("%s declares its module and dependencies", basePackage).isNotNull();
            assertThat(module.allowedDependencies()).as("%s declares its dependencies", basePackage)
                    .doesNotContain(UNDECLARED);
            return Arrays.stream(module.allowedDependencies())
                    .map(dependency -> dependency.replaceAll("\\s*::\\s*", " :: ").strip())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(basePackage + " has no package-info declaring its dependencies", e);
        }
    }
}

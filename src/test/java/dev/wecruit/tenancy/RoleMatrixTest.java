package dev.wecruit.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/**
 * Who may do what: every role against every role it may stand in for, and against every action a service guards with
 * {@link RequiresRole}. The actions and the role each needs are listed in {@code src/test/resources/roles/actions.txt}:
 * a new guarded action, or a changed requirement, fails here until that list says so too, so it shows in review.
 */
class RoleMatrixTest {

    @Test
    void each_role_includes_exactly_the_roles_below_it() {
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role.ADMIN::includes))
                .containsExactlyInAnyOrder(Role.ADMIN, Role.RECRUITER, Role.VIEWER);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role.RECRUITER::includes))
                .containsExactlyInAnyOrder(Role.RECRUITER, Role.VIEWER);
        assertThat(EnumSet.allOf(Role.class).stream().filter(Role.VIEWER::includes))
                .containsExactly(Role.VIEWER);
        assertThat(Role.RECRUITER.authorities()).containsExactlyInAnyOrder("ROLE_RECRUITER", "ROLE_VIEWER");
    }

    @Test
    void every_guarded_action_needs_the_role_the_list_gives_it() throws IOException {
        assertThat(guardedActions()).isEqualTo(listedActions());
    }

    @Test
    void viewers_do_no_guarded_action_recruiters_do_the_recruiting_and_admins_everything() throws IOException {
        Map<String, Role> actions = listedActions();
        Set<String> admin = allowed(actions, Role.ADMIN);
        Set<String> recruiter = allowed(actions, Role.RECRUITER);

        assertThat(allowed(actions, Role.VIEWER)).isEmpty();
        assertThat(admin).isEqualTo(actions.keySet());
        assertThat(recruiter).contains("CandidateService.create", "ApplicationService.move", "ActivityService.log")
                .doesNotContain("MemberAdministrationService.invite", "OrganizationService.changeProfile",
                        "ApiKeyService.create", "BackgroundWork.retry");
    }

    private static Set<String> allowed(Map<String, Role> actions, Role role) {
        return actions.entrySet().stream().filter(action -> role.includes(action.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** "Service.method" of every public method guarded by {@link RequiresRole}, on it or on its class. */
    private static Map<String, Role> guardedActions() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> true);
        Map<String, Role> actions = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("dev.wecruit")) {
            Class<?> type = ClassUtils.resolveClassName(Objects.requireNonNull(candidate.getBeanClassName()),
                    RoleMatrixTest.class.getClassLoader());
            RequiresRole onClass = type.getAnnotation(RequiresRole.class);
            for (Method method : type.getDeclaredMethods()) {
                RequiresRole required = method.isAnnotationPresent(RequiresRole.class)
                        ? method.getAnnotation(RequiresRole.class) : onClass;
                if (required != null && Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    actions.merge(type.getSimpleName() + "." + method.getName(), required.value(),
                            (one, other) -> one.includes(other) ? other : one);
                }
            }
        }
        return actions;
    }

    private static Map<String, Role> listedActions() throws IOException {
        String listed = new ClassPathResource("roles/actions.txt").getContentAsString(StandardCharsets.UTF_8);
        return Arrays.stream(listed.split("\n")).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.split("\\s+"))
                .collect(Collectors.toMap(fields -> fields[0], fields -> Role.valueOf(fields[1]), (a, b) -> a,
                        TreeMap::new));
    }
}

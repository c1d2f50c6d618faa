package dev.wecruit.tenancy.internal;

import dev.wecruit.tenancy.CurrentTenant;
import dev.wecruit.tenancy.RequiresRole;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Enforces {@link RequiresRole} on every Spring bean. An infrastructure advisor, as transactions and Spring
 * Security's method security are, so the auto-proxy creator that applies {@code @Transactional} applies it too; it
 * runs first, so a refused call never opens a transaction.
 */
@Configuration(proxyBeanMethods = false)
class RoleCheck {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor requiresRoleAdvisor(ObjectProvider<CurrentTenant> currentTenant) {
        var pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(null, RequiresRole.class, true))
                .union(new AnnotationMatchingPointcut(RequiresRole.class, true));
        MethodInterceptor check = invocation -> {
            currentTenant.getObject().requireRole(requiredRole(invocation).value());
            return invocation.proceed();
        };
        var advisor = new DefaultPointcutAdvisor(pointcut, check);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static RequiresRole requiredRole(MethodInvocation invocation) {
        Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        Method method = AopUtils.getMostSpecificMethod(invocation.getMethod(), target);
        RequiresRole onMethod = AnnotatedElementUtils.findMergedAnnotation(method, RequiresRole.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(target, RequiresRole.class);
    }
}

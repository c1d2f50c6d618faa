package dev.wecruit;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Spring Security's static holder at the strategy of the test's own application context before each test.
 * Vaadin installs its strategy globally when a context starts, and tests run several contexts in one JVM (Clerk
 * mode, a second node): without this, a test would write its sign-in where its context's filters do not look. The
 * app itself runs one context, where the two are always the same.
 */
public class ContextSecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }
}

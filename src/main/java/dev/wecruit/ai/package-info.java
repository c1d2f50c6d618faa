/**
 * How each firm's AI features reach a model: the built-in offline one, or an OpenAI-compatible server the firm names,
 * with its API key sealed at rest. CV intake and matching both ask {@link dev.wecruit.ai.AiSettingsService} which
 * one the firm uses.
 */
@ApplicationModule(allowedDependencies = {"platform :: crypto", "platform :: persistence", "shared", "tenancy"})
package dev.wecruit.ai;

import org.springframework.modulith.ApplicationModule;

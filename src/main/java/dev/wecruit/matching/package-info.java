/**
 * Matching candidates to jobs with AI (LangChain4j lives here). For now: how each firm's AI features reach a model,
 * the built-in one or an OpenAI-compatible server the firm names, with its API key sealed at rest.
 */
package dev.wecruit.matching;

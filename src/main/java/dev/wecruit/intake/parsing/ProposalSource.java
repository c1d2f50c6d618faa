package dev.wecruit.intake.parsing;

/** Who proposed a value: the offline parser here, or a language model. */
public enum ProposalSource {
    OFFLINE, LLM
}

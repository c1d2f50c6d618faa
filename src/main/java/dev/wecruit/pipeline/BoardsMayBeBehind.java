package dev.wecruit.pipeline;

/**
 * This node lost its line to the other nodes' moves for a while (its database connection dropped) and has it back.
 * Moves made elsewhere in between were not heard, so every open board should read itself again.
 */
public record BoardsMayBeBehind() {
}

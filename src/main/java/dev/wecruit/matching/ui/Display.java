package dev.wecruit.matching.ui;

import dev.wecruit.matching.RequirementEvidence;

/** How matching's parts word what they show. */
final class Display {

    private Display() {
    }

    static String coverage(RequirementEvidence item) {
        return switch (item.coverage()) {
            case MET -> "met";
            case PARTIAL -> "partly met";
            case MISSING -> "not found in the profile";
        };
    }
}

package dev.wecruit.imports;

import java.util.List;

/**
 * What "Undo import" did.
 *
 * @param changedSince the candidates it left as they are because someone changed them after the import, each as
 *     "line 4: Amara Okafor"
 */
public record UndoneImport(int removed, int restored, List<String> changedSince) {

    public UndoneImport {
        changedSince = List.copyOf(changedSince);
    }
}

/**
 * Imports from spreadsheets (decision 0031): a firm's candidates from an XLSX or CSV file. {@code ImportService}
 * reads the file safely (encodings, separators, size, row, column and cell caps, zip bombs), suggests a field for each
 * column from its header and values (known layouts such as a LinkedIn connections export), previews rows with the
 * candidate form's own checks, dry-runs (create, update, duplicate, invalid, each with its reason), runs the import
 * as background work in either mode (skip invalid rows, or all or nothing), gives the file back with a result column,
 * and undoes an import within the undo period, restoring what it updated unless changed since. Saved mappings are the
 * firm's templates. The {@code /imports} view is for recruiters and admins.
 */
@ApplicationModule(allowedDependencies = {
        "audit", "candidates", "companies", "jobs", "platform :: crypto", "platform :: documents",
        "platform :: persistence", "platform :: spreadsheets", "shared", "shell", "tenancy", "work"})
package dev.wecruit.imports;

import org.springframework.modulith.ApplicationModule;

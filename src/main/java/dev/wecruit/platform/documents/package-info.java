/**
 * Reading uploaded documents safely: recognising PDF, Word (DOCX and legacy DOC) and plain text by their content,
 * refusing what cannot or should not be opened (password-protected files, scans without a text layer, damaged files,
 * zip bombs, very long files) with a sentence a recruiter can act on, and returning the text in reading order with
 * the layout facts a parser needs: font size, bold, heading styles, columns, tables, text boxes, headers and footers.
 *
 * <p>{@link dev.wecruit.platform.documents.DocumentReader} is a plain class with no Spring wiring and no knowledge of
 * CVs or any other business feature, so any feature can read a file with it.
 */
@NamedInterface("documents")
package dev.wecruit.platform.documents;

import org.springframework.modulith.NamedInterface;

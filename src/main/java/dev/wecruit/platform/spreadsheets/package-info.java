/**
 * Writing tables for people to open in Excel, LibreOffice or Google Sheets: {@link
 * dev.wecruit.platform.spreadsheets.SheetWriter} streams rows to CSV (Commons CSV, UTF-8 with a byte-order mark) or
 * XLSX (POI's SXSSF, a window of rows in memory, the rest in a compressed temporary file), so memory stays flat however
 * long the list. Every text cell goes through {@link dev.wecruit.platform.spreadsheets.CellText#neutralise}, which
 * defuses formula injection. It knows no business feature.
 */
@NamedInterface("spreadsheets")
package dev.wecruit.platform.spreadsheets;

import org.springframework.modulith.NamedInterface;

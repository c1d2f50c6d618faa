/** Candidates, their documents and CVs, and duplicate detection (capabilities C4, C7, C9). */
package dev.wecruit.candidates;

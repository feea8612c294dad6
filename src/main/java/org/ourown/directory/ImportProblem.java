package org.ourown.directory;

/**
 * One thing wrong in an import, named precisely enough to fix: the file, the row (1-based record number in that file),
 * the field, and what is wrong with it.
 */
public record ImportProblem(String file, int row, String field, String message) {

    @Override
    public String toString() {
        return file + " row " + row + ", " + field + ": " + message;
    }
}

package org.ourown.directory;

import java.util.List;

/** An import with problems; nothing of it was saved. */
public class ImportRejected extends RuntimeException {

    private final List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super(problems.size() + " problem(s), nothing imported; first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}

package org.ourown.directory.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ourown.directory.DirectoryEditing;
import org.ourown.directory.ImportRejected;
import org.ourown.shared.Rejected;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Network admins load HSDS data: a tabular datapackage (zip) or HSDS JSON documents. All or nothing; a rejected
 * import answers 400 with every problem (file, row, field, message).
 */
@RestController
class DirectoryImportApi {

    private final DirectoryEditing editing;
    private final JsonMapper json;
    private final MessageSource messages;

    DirectoryImportApi(DirectoryEditing editing, JsonMapper json, MessageSource messages) {
        this.editing = editing;
        this.json = json;
        this.messages = messages;
    }

    @PostMapping(value = "/api/directory/import", consumes = "application/zip")
    Map<String, Object> importZip(@RequestBody byte[] zip, @RequestParam(required = false) UUID maintainer) {
        return imported(editing.importDatapackage(zip, maintainer));
    }

    @PostMapping(value = "/api/directory/import", consumes = "application/json")
    Map<String, Object> importJson(@RequestBody byte[] body, @RequestParam(required = false) UUID maintainer) {
        return imported(editing.importDocuments("upload.json", documents(json, body), maintainer));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(JsonMapper json, byte[] body) {
        try {
            Object parsed = json.readValue(body, Object.class);
            if (parsed instanceof Map<?, ?> one) {
                return List.of((Map<String, Object>) one);
            }
            if (parsed instanceof List<?> many && many.stream().allMatch(Map.class::isInstance)) {
                return (List<Map<String, Object>>) parsed;
            }
        } catch (JacksonException e) {
            throw new Rejected("file", "directory.import.notJson");
        }
        throw new Rejected("file", "directory.import.notJson");
    }

    private static Map<String, Object> imported(Set<UUID> services) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported_services", services.size());
        result.put("service_ids", services.stream().map(UUID::toString).toList());
        return result;
    }

    @ExceptionHandler(ImportRejected.class)
    ProblemDetail rejected(ImportRejected e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "directory.import.rejected", new Object[] {e.problems().size()}, locale));
        problem.setTitle(messages.getMessage("error.400.title", null, locale));
        problem.setProperty("problems", e.problems());
        return problem;
    }
}

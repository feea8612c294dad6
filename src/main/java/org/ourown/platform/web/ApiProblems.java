package org.ourown.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ourown.shared.Conflict;
import org.ourown.shared.NotFound;
import org.ourown.shared.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors from {@code /api/…} handlers as RFC 9457 problem details, in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "error.404.title", "error.404.text");
    }

    @ExceptionHandler(Rejected.class)
    ProblemDetail rejected(Rejected e) {
        return broken(HttpStatus.BAD_REQUEST, "error.400.title", e);
    }

    /** The rule is named twice: in words in {@code detail}, and as its message key in {@code rule} for programs. */
    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        ProblemDetail problem = broken(HttpStatus.CONFLICT, "error.rule.title", e);
        problem.setProperty("rule", e.messageKey());
        return problem;
    }

    private ProblemDetail broken(HttpStatus status, String titleKey, Rejected e) {
        String detail = text(e.messageKey(), e.arguments());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleKey));
        problem.setProperty("errors", Map.of(e.field(), detail));
        return problem;
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail denied() {
        return problem(HttpStatus.FORBIDDEN, "error.403.title", "error.403.text");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error in an API call", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title", "error.500.text");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "error.400.title", "error.validation");
        Map<String, String> errors = new LinkedHashMap<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.putIfAbsent(
                        error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detailKey) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(detailKey));
        problem.setTitle(text(titleKey));
        return problem;
    }

    private String text(String key) {
        return text(key, null);
    }

    private String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}

package org.ourown.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that escapes a handler ends here: a friendly page for people, a problem detail (RFC 9457) for API
 * clients. Neither ever shows a stack trace or an exception message.
 */
@Controller
class ErrorPagesController implements ErrorController {

    private final MessageSource messages;

    ErrorPagesController(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, Model model, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            response.setStatus(status.value());
            return "forward:/error/problem";
        }
        int code = known(status);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("titleKey", "error." + code + ".title");
        model.addAttribute("textKey", "error." + code + ".text");
        return "error/page";
    }

    @RequestMapping({"/error", "/error/problem"})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        int code = known(status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage("error." + code + ".text", null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("error." + code + ".title", null, LocaleContextHolder.getLocale()));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString().replaceAll("[^A-Za-z0-9/._~-]", "")));
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri != null && uri.toString().startsWith("/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number ? HttpStatus.resolve(number) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The statuses that have their own words; everything else reads as its family's. */
    private static int known(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 429 -> status.value();
            default -> status.is4xxClientError() ? 400 : 500;
        };
    }
}

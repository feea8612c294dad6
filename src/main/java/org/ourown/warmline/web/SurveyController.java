package org.ourown.warmline.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ourown.shared.Conflict;
import org.ourown.warmline.ChatId;
import org.ourown.warmline.ChatSurveys;
import org.ourown.warmline.SurveyAnswers;
import org.ourown.warmline.SurveyStatus;
import org.ourown.warmline.VisitorChats;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visitor's optional survey once their chat is over, guarded by the chat's secret cookie like the chat itself.
 * "Skip" and "Send" are equal buttons; either way the chat's survey is done and is not offered again.
 */
@Controller
class SurveyController {

    private static final String SECRET = VisitorCookies.CHAT;

    private final ChatSurveys surveys;
    private final VisitorChats chats;
    private final MessageSource messages;

    SurveyController(ChatSurveys surveys, VisitorChats chats, MessageSource messages) {
        this.surveys = surveys;
        this.chats = chats;
        this.messages = messages;
    }

    @GetMapping("/warmline/chat/{id}/survey")
    String survey(@PathVariable ChatId id, @CookieValue(name = SECRET, required = false) String secret, Model model) {
        SurveyStatus status = surveys.status(id, secret);
        if (status == SurveyStatus.LATER || status == SurveyStatus.NONE) {
            return "redirect:/warmline/chat/" + id;
        }
        return page(id, secret, status, SurveyAnswers.none(), model);
    }

    @PostMapping("/warmline/chat/{id}/survey")
    String answer(
            @PathVariable ChatId id,
            @CookieValue(name = SECRET, required = false) String secret,
            @Valid @ModelAttribute("survey") SurveyAnswers form,
            BindingResult errors,
            @RequestParam(defaultValue = "send") String action,
            HttpServletResponse response,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        SurveyStatus status = surveys.status(id, secret);
        boolean skip = "skip".equals(action);
        if (errors.hasErrors() && !skip) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> problems = new LinkedHashMap<>();
            errors.getFieldErrors()
                    .forEach(error -> problems.putIfAbsent(error.getField(), messages.getMessage(error, locale)));
            model.addAttribute("surveyErrors", problems);
            return page(id, secret, status, null, model);
        }
        try {
            if (skip) {
                surveys.skip(id, secret);
            } else {
                surveys.answer(id, secret, form);
            }
        } catch (Conflict e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("surveyRefused", e.messageKey());
            return page(id, secret, surveys.status(id, secret), null, model);
        }
        redirect.addFlashAttribute("surveyThanks", skip ? "warmline.survey.skipped" : "warmline.survey.thanks");
        return "redirect:/warmline/chat/" + id;
    }

    private String page(ChatId id, String secret, SurveyStatus status, SurveyAnswers form, Model model) {
        model.addAttribute("line", chats.open(id, secret).line());
        model.addAttribute("chatId", id);
        model.addAttribute("surveyStatus", status);
        if (form != null) {
            model.addAttribute("survey", form);
        }
        return "warmline/survey";
    }
}

package org.ourown.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: what OurOwn is, where to sign in, and (once signed in) where to go next. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }
}

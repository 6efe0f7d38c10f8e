package io.invoiceocr.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; Spring Security checks the form it posts. */
@Controller
@ConditionalOnWebApplication
class LoginController {

	private final ConsoleUsers users;

	private final ConsoleProperties properties;

	LoginController(ConsoleUsers users, ConsoleProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@GetMapping("/console/login")
	String login(Model model) {
		model.addAttribute("closed", users.closed());
		model.addAttribute("tokenUser", properties.tokenUser());
		return "console/login";
	}

}

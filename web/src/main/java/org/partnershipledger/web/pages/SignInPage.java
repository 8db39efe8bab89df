package org.partnershipledger.web.pages;

import org.partnershipledger.web.security.OpenIdConnect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form (Spring Security takes its POST), and the front door. */
@Controller
class SignInPage implements PageController {

    private final ObjectProvider<OpenIdConnect> openIdConnect;

    SignInPage(ObjectProvider<OpenIdConnect> openIdConnect) {
        this.openIdConnect = openIdConnect;
    }

    @GetMapping("/login")
    String signIn(Model model) {
        OpenIdConnect oidc = openIdConnect.getIfAvailable();
        model.addAttribute(
                "identityProvider", oidc == null ? null : oidc.signInLink().orElse(null));
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/partnerships";
    }
}

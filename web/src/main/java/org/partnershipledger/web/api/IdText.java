package org.partnershipledger.web.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.partnershipledger.core.Values;

/**
 * An id in a request keeps the id alphabet ({@link Values#ID}). The domain refuses any other id too; this
 * refuses it before anyone is asked whether the sender may speak for it, so the answer names the field.
 */
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = IdText.Validator.class)
public @interface IdText {

    String message() default Values.ID_RULE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdText, String> {

        @Override
        public boolean isValid(String id, ConstraintValidatorContext context) {
            return id == null || Values.ID.matcher(id).matches();
        }
    }
}

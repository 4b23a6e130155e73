package dev.stratus.identity.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.stratus.identity.PasswordPolicy;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The {@link PasswordPolicy}, with one validation message per broken rule. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrongPassword.Check.class)
@interface StrongPassword {

	String message() default "breaks the password policy";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<StrongPassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			if (password == null) {
				return true;
			}
			var broken = PasswordPolicy.brokenRules(password);
			if (broken.isEmpty()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			broken.forEach(rule -> context.buildConstraintViolationWithTemplate(rule).addConstraintViolation());
			return false;
		}

	}

}

package vn.chiso.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A text form field that must hold a number {@link Decimals#parse(String)} accepts (or be blank); with
 * {@code nonNegative} it must not be below zero. For forms that keep the typed text; a {@code BigDecimal} field gets
 * the same rule from {@link DecimalFormatter}.
 */
@Documented
@Constraint(validatedBy = DecimalText.Validator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface DecimalText {

	String message() default "{typeMismatch.java.math.BigDecimal}";

	boolean nonNegative() default true;

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the text with {@link Decimals}. */
	class Validator implements ConstraintValidator<DecimalText, String> {

		private boolean nonNegative;

		@Override
		public void initialize(DecimalText annotation) {
			this.nonNegative = annotation.nonNegative();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (!Decimals.isValid(value)) {
				return false;
			}
			java.math.BigDecimal number = Decimals.parse(value);
			return !this.nonNegative || number == null || number.signum() >= 0;
		}

	}

}

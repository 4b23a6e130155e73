package dev.stratus.platform.web;

import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Adds the fields that {@link RequestBodyReader} found of the wrong JSON type to the binding result of
 * a {@code @Valid @RequestBody}, beside Bean Validation's violations, so they end up in one list.
 */
@ControllerAdvice
class WrongTypes implements Validator {

	@InitBinder
	void addTo(WebDataBinder binder) {
		if (binder.getTarget() != null) {
			binder.addValidators(this);
		}
	}

	@Override
	public boolean supports(Class<?> type) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && errors instanceof BindingResult result
				&& request.getAttribute(RequestBodyReader.PROBLEMS,
						RequestAttributes.SCOPE_REQUEST) instanceof RequestBodyReader.Problems problems
				&& problems.body() == target) {
			problems.wrongTypes()
				.forEach(problem -> RequestProblems.reject(result, problem.field(), RequestProblems.WRONG_TYPE,
						problem.message()));
		}
	}

}

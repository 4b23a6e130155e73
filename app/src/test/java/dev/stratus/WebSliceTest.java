package dev.stratus;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.stratus.platform.web.ErrorResponses;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller in a web slice: Spring MVC with the platform's web pieces (envelope, exception
 * handler, strict request bodies, request ids, body limit) and the controller's services left to
 * {@code @MockitoBean}s, without the local cloud. Access rules are not part of it (every route is
 * open; {@code AccessMatrixTests} checks them in the full app): a request that needs a caller says
 * so with {@link WebSlice#as}. The clock stands still at {@link WebSlice#NOW}; {@link WebSlice#invalidFields}
 * checks a {@code VALIDATION_ERROR}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// AWS mode keeps LocalCloudHeadStart from starting the local cloud, which nothing in a slice uses.
@WebMvcTest(properties = "stratus.mode=aws")
@Import({ ErrorResponses.class, WebSlice.class })
public @interface WebSliceTest {

	/** The controllers to load. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] value() default {};

}

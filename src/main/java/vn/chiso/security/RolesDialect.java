package vn.chiso.security;

import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * Gives every template {@code #roles} ({@link SignedInRoles}), so a page shows what a role may use without
 * {@code sec:authorize}: that attribute looks up the expression handler among all beans and parses its expression on
 * every use, which was about a quarter of a bare page's time. Templates use {@code th:if="${#roles.has('X')}"}.
 */
@Component
public class RolesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "roles";

	public RolesDialect() {
		super("ChiSo roles");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName)
						? new SignedInRoles(SecurityContextHolder.getContext().getAuthentication()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				// built once per rendered template, from the authentication of the request it renders for
				return true;
			}

		};
	}

}

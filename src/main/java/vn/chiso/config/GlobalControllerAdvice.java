package vn.chiso.config;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import vn.chiso.common.NotFoundException;

/**
 * Cross-cutting mappings: not found → 404 page with the reason, concurrent edit → 409 page, database unreachable → 503
 * page ("tạm thời gián đoạn"); form strings are trimmed, empty ones become null.
 */
@ControllerAdvice
class GlobalControllerAdvice {

	private static final Logger log = LoggerFactory.getLogger(GlobalControllerAdvice.class);

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ExceptionHandler(NotFoundException.class)
	String notFound(NotFoundException ex, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("messageKey", ex.getMessageKey());
		model.addAttribute("messageArgs", ex.getArgs());
		return "error/404";
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	String conflict(OptimisticLockingFailureException ex, HttpServletResponse response) {
		log.info("Xung đột chỉnh sửa đồng thời: {}", ex.getMessage());
		response.setStatus(HttpStatus.CONFLICT.value());
		return "error/409";
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	String databaseUnavailable(Exception ex, HttpServletResponse response) {
		log.error("Cơ sở dữ liệu không phản hồi: {}", ex.getMessage());
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "30");
		return "error/503";
	}

	/** A post to an upload URL that is not a multipart request (no file chosen, a hand-made request): 400. */
	@ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
	String notAnUpload(org.springframework.web.multipart.MultipartException ex, HttpServletResponse response,
			Model model) {
		if (ex instanceof MaxUploadSizeExceededException tooLarge) {
			return uploadTooLarge(tooLarge, response, model);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("messageKey", "error.notAnUpload");
		return "error/400";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		model.addAttribute("messageKey", "error.uploadTooLarge");
		return "error/413";
	}

}

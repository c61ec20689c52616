/**
 * The dated parameter service: values on a date for every module, and versioned changes for administrators.
 */
package id.rentan.platform.application.param;

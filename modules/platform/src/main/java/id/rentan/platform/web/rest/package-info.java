/**
 * The REST API's plumbing and the platform's own endpoints: the JAX-RS application under {@code /api}, deny-by-
 * default role checks, problem-JSON for every error, and {@code /api/v1/me}, parameters, reference data and the
 * audit log.
 */
package id.rentan.platform.web.rest;

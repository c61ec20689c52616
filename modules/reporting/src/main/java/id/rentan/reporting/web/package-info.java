/**
 * Screens and REST resources of the reporting module: thin backing beans, converters and JAX-RS resources that call the application services.
 */
package id.rentan.reporting.web;

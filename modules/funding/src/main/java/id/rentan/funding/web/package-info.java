/**
 * Screens and REST resources of the funding module: thin backing beans, converters and JAX-RS resources that call the application services.
 */
package id.rentan.funding.web;

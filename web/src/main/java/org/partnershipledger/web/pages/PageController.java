package org.partnershipledger.web.pages;

/**
 * A controller that answers with pages. Pages sit beside the API in their concept's package, so the advices
 * every page needs (its errors as pages, the layout's model, people's names) select page controllers by this
 * type, not by package.
 */
public interface PageController {}

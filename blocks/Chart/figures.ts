/** How a chart writes its figures, on the page and in feeds alike. */
export const figures = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 })

// Takes the place of default-theme parts this site does not configure (theme-parts.ts): they
// would render nothing here, as this does, but their code would travel with every page.
export default { name: 'UnusedPart', render: () => null }

/** norway-postal-codes ships one CommonJS object, postcode → postal place in capitals, and no types. */
declare module 'norway-postal-codes' {
  const places: Readonly<Record<string, string>>
  export default places
}

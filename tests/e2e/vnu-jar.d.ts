/** vnu-jar exports the path of the Nu HTML checker's jar file. */
declare module 'vnu-jar' {
  const jar: string
  export default jar
}

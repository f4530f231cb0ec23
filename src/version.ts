/** The library's version, written into every determination's stamp. Kept in step with package.json by a test. */
export const VERSION = '0.2.0';

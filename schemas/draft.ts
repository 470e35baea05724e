/**
 * A draft: a file its author has not finished. It is validated like any other, but what it still
 * lacks is reported as « à compléter » (warnings, not errors), it is shown in the private
 * workspace with a « Brouillon » mark, and it never reaches the public site.
 */
import { z } from 'astro/zod';

export const DraftSchema = () =>
  z
    .boolean()
    .optional()
    .meta({
      description:
        'true tant que le fichier est un brouillon : ce qui manque est signalé « à compléter » sans bloquer la construction, et le fichier n\'est jamais publié. Supprimez la ligne (ou écrivez false) pour le publier.',
    });

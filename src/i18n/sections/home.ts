/** Texts of the home page: what Passerelle does for each of its three users. */
import { plural } from './helpers';

export const home = {
  title: "Passerelle : les programmes d'insertion écrits une fois, publiés, proposés et comparés",
  lead:
    "Passerelle est un outil libre pour le secteur de l'insertion. Un programme (son public, ses groupes, ses ateliers, son calendrier, son budget, ses résultats) s'écrit une fois, dans des fichiers vérifiés ; la fiche d'expérience, la réponse à un appel d'offres et la comparaison des offres en sont tirées, avec les mêmes chiffres.",
  usersHeading: 'Ce que Passerelle vous apporte',
  users: {
    ccas: {
      who: 'CCAS, CIAS et collectivités',
      job: "Publier ce que vous avez mené, trouver ce que d'autres ont réussi.",
      text:
        "Chaque action devient une fiche d'expérience complète et lisible : public, ateliers, calendrier, coût par personne, résultats avec leur dénominateur. Cherchez dans les fiches, filtrez par thème, territoire, public ou année, imprimez-les ou téléchargez leurs données.",
      link: "Parcourir les fiches d'expérience",
    },
    provider: {
      who: 'Associations, organismes de formation et SIAE',
      job: "Répondre à un cahier des charges avant la date limite, sans rien oublier.",
      text:
        "Partez d'un programme que vous avez déjà mené, adaptez-le à l'appel et vérifiez, exigence par exigence, que votre réponse est complète et conforme avant d'envoyer son PDF.",
      link: "Voir les appels d'offres et appels à projets",
      secondary: 'Voir les réponses',
    },
    evaluator: {
      who: "Acheteurs et comités d'évaluation",
      job: 'Comparer les offres reçues et justifier le choix.',
      text:
        "Les offres sont notées selon les critères et les pondérations publiés dans l'appel ; le prix est calculé par la méthode annoncée et les offres hors budget ou non conformes sont signalées, jamais notées en silence.",
      link: 'Voir les évaluations',
    },
  },
  /** Responses and evaluations are confidential: they live in the private workspace, on the user's machine. */
  privateWork: "Les réponses, les prix, les notes et les brouillons ne sont jamais publiés : ils restent dans l'espace de travail privé, ouvert sur votre machine par la commande",
  privateCommand: 'npx passerelle workspace',
  latestHeading: 'Les actions les plus récentes',
  allSheets: (n: number) => `Voir les ${n} ${plural(n, "fiche d'expérience", "fiches d'expérience")}`,
  notFound: {
    title: 'Page introuvable',
    text: "Cette adresse ne correspond à aucune page : elle a peut-être changé, ou la fiche n'est plus publiée.",
    home: "Revenir à l'accueil",
    sheets: "Chercher dans les fiches d'expérience",
  },
  loopHeading: 'Une boucle que les outils actuels ne ferment pas',
  loop: [
    "L'acheteur publie son appel sous forme de données : exigences, critères, pondérations.",
    "Le prestataire part d'un programme publié pour écrire sa réponse ; Passerelle vérifie sa conformité.",
    "L'évaluateur lit les offres et les note selon les critères de l'appel.",
    "Une fois l'action menée, ses résultats deviennent une nouvelle fiche d'expérience, qui servira de référence à la réponse suivante.",
  ],
};

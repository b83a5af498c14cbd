/**
 * Given names by community, female and male, written for Incontro: Italian names and names common in
 * Milan's largest foreign communities (Chinese, Filipino, Egyptian, Moroccan, Romanian, Peruvian,
 * Ecuadorian, Sri Lankan, Ukrainian, Albanian, Bangladeshi, Senegalese) plus common English names.
 * They are lists of names, not data about persons. Both genders are listed with the same care, because
 * a name found in one variant and missed in the other would break swap invariance.
 */
const list = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0)

/** Female given names by community. */
export const femaleGivenNamesByCommunity: Readonly<Record<string, readonly string[]>> = {
  italian: list(`Giulia Francesca Chiara Sara Martina Alessia Valentina Federica Elisa Silvia Laura Elena Paola Roberta
    Beatrice Anna Lucia Caterina Giorgia Ilaria Sofia Aurora Ginevra Alice Emma Giada Camilla Noemi Greta Arianna Gaia
    Marta Rebecca Matilde Vittoria Nicole Serena Cristina Monica Barbara Daniela Patrizia Simona Raffaella Antonella
    Manuela Claudia Maria Rosa Teresa Giovanna Angela Carla Franca Luisa Marisa Rita Gabriella Alessandra Stefania
    Michela Veronica Eleonora Irene Margherita Debora Erika Jessica Sabrina Tiziana Lorenza Ornella Loredana Donatella
    Nadia Sonia Tatiana Lisa Maddalena Agnese Benedetta Bianca Viola Ludovica Cecilia Costanza Letizia Giuseppina
    Carmela Concetta Annalisa Marina Gemma Stella Luna Nina Elisabetta Fabiola Gloria Mirella Rossella Susanna Emanuela
    Paolina Graziella Grazia Vera Ada Ida Ilenia Miriam Asia Carolina Diletta Ambra Lara Mara Orietta Pamela`),
  romanian: list(`Ioana Andreea Mihaela Ștefania Elena Maria Ana Alexandra Cristina Gabriela Raluca Roxana Alina Oana
    Simona Daniela Florentina Georgiana Larisa Iuliana Denisa Bianca Diana Loredana Nicoleta Camelia Corina Irina Adriana`),
  filipino: list(`Maricel Rowena Jocelyn Marites Maribel Lorna Rosalie Analyn Jennilyn Mylene Rhodora Cherry Jonalyn
    Lovely Glaiza Kristine Rowena Marjorie Evangeline Imelda Teresita Leonora Rosario Charmaine Aileen Shiela`),
  chinese: list(`Xiaoling Mei Jing Li Ying Yan Hong Fang Xiaomei Xiaoyan Lili Hui Juan Ling Qing Yun Xue Min Na Jie
    Xiaohong Yuying Meili Chunhua Xinyi Yuxin Zihan Shuang Ting`),
  egyptian: list(`Fatma Nour Yasmin Mariam Aya Heba Salma Mona Rania Dina Noha Reem Shaimaa Amira Hala Nesma Doaa Eman
    Asmaa Hagar Mai Nada Sara Yara Habiba Malak Rana`),
  moroccan: list(`Fatima Khadija Aicha Zineb Salma Hanane Naima Latifa Meryem Imane Samira Soukaina Hajar Nawal Siham
    Houda Kawtar Loubna Karima Laila Rachida Souad Malika Hind Ikram Najat Hafsa`),
  peruvian: list(`Rosa Milagros Lucía Carmen Gladys Yolanda Maritza Roxana Flor Karina Luz Giovanna Ruth Betty Nelly
    Sonia Judith Magaly Jackeline Lizbeth Rocío Marisol Mercedes Elizabeth Rosario`),
  ecuadorian: list(`Jessenia Mayra Johanna Katherine Gabriela Mishell Daniela Paola Verónica Narcisa Blanca Cecilia Jenny
    Alexandra Nathaly Estefanía Fernanda Ximena Dayana Doris`),
  srilankan: list(`Nadeesha Dilani Chamari Sanduni Nilmini Kumari Anusha Tharushi Ishara Nirmala Dilhani Sewwandi
    Priyanka Malini Shanika Chathurika Thilini Sachini Gayani Hasini`),
  ukrainian: list(`Oksana Olena Iryna Natalia Tetiana Yulia Svitlana Kateryna Halyna Liudmyla Olha Anastasia Mariia
    Viktoriia Nadiia Larysa Valentyna Daria Khrystyna Yaroslava Inna Alla Zoriana Lesia`),
  albanian: list(`Ardita Blerta Elira Fjolla Jonida Klodiana Lindita Mirela Rudina Suela Teuta Vjosa Besjana Dorina
    Entela Greta Ilda Jola Lorena Mimoza Rezarta Albana Anisa Brikena Erisa`),
  bangladeshi: list(`Nusrat Farzana Sharmin Taslima Rumana Nasrin Shirin Sultana Rehana Jannatul Tahmina Sumaiya Ayesha
    Mitu Ruma Shapla Lipi Rina Moushumi Shathi Tania Sadia Afroza`),
  senegalese: list(`Awa Fatou Aminata Mariama Khady Ndeye Coumba Adama Aissatou Astou Bineta Dieynaba Seynabou Maimouna
    Rokhaya Oumou Penda Sokhna Yacine Marieme Ramatoulaye Ngoné`),
  english: list(`Mary Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Nancy Emily Olivia Charlotte Amelia
    Hannah Grace Lucy Chloe Sophie Rachel Rebecca Helen Catherine Emma Jane Kate Laura Amy Megan Lauren Jade Holly
    Ruby Daisy Alice Ellie Isabella Abigail Victoria Joanna Claire Hope Joy`),
}

/** Male given names by community. */
export const maleGivenNamesByCommunity: Readonly<Record<string, readonly string[]>> = {
  italian: list(`Marco Luca Alessandro Matteo Lorenzo Davide Simone Federico Stefano Paolo Giorgio Roberto Francesco
    Giovanni Riccardo Tommaso Gianfranco Emanuele Nicolò Pietro Leonardo Andrea Gabriele Mattia Edoardo Filippo Diego
    Giuseppe Antonio Mario Luigi Salvatore Vincenzo Angelo Carlo Franco Bruno Sergio Massimo Fabio Claudio Maurizio
    Alberto Enrico Daniele Michele Nicola Giacomo Samuele Christian Cristian Alessio Valerio Dario Fabrizio Gianluca
    Giancarlo Renato Umberto Gianni Guido Raffaele Domenico Ugo Elia Jacopo Manuel Ivan Emilio Silvio Walter Ettore
    Cesare Ruggero Piero Aldo Enzo Rocco Tiziano Vittorio Adriano Luciano Giuliano Arturo Ernesto Felice Sandro Loris
    Mirko Nazario Ottavio Primo Rino Severino Teodoro Valentino Achille Alfredo Amedeo Biagio Carmine Corrado`),
  romanian: list(`Ionuț Mihai Bogdan Cristian Andrei Alexandru Ion Gheorghe Vasile Constantin Florin Adrian Marius Ciprian
    Daniel Gabriel Nicolae Ștefan Sorin Cătălin Dragoș Radu Valentin Lucian Costel Viorel Ovidiu Emil Iulian Razvan`),
  filipino: list(`Jomar Rodel Arnel Jun Romeo Rodrigo Reynaldo Ronaldo Ariel Jayson Jerome Mark Rommel Danilo Ferdinand
    Rolando Edgardo Noel Rey Joel Jhon Nestor Ramon Efren Bong Jojo`),
  chinese: list(`Wei Jun Hao Ming Lei Qiang Jian Tao Gang Bin Peng Chao Hui Bo Yong Jie Long Feng Kai Zhiwei Haoran Yuxuan
    Zihao Junjie Xiaoming Jianguo Weiming Zhiqiang`),
  egyptian: list(`Ahmed Mahmoud Karim Mohamed Mohammed Mostafa Mustafa Omar Amr Tarek Hany Sherif Khaled Ayman Hossam
    Islam Youssef Hesham Walid Ashraf Ibrahim Hassan Ali Samir Magdy Ehab`),
  moroccan: list(`Youssef Abdelkader Rachid Hamza Mehdi Hicham Abdellah Said Driss Mustapha Noureddine Abderrahim
    Brahim Khalid Adil Aziz Jamal Abdelaziz Soufiane Ayoub Anas Ilyas Othmane Zakaria Yassine Hassan`),
  peruvian: list(`Jorge Wilmer José Luis Carlos Juan Miguel Víctor César Julio Walter Edwin Raúl Hugo Percy Elmer Wilfredo
    Alberto Segundo Fredy Jhonny Henry Richard Alfredo Hernán`),
  ecuadorian: list(`Byron Fausto Geovanny Stalin Jefferson Kevin Bryan Jonathan Darwin Wellington Holger Patricio Galo
    Rodrigo Marlon Diego Fernando Xavier Washington Édison`),
  srilankan: list(`Nuwan Chaminda Kasun Chathura Dinesh Lahiru Pradeep Sampath Tharindu Ruwan Asanka Nalin Buddhika
    Mahesh Roshan Sanjaya Thilina Upul Dilshan Kamal Sunil Nimal Ajith Chandana`),
  ukrainian: list(`Taras Oleksandr Andrii Serhii Dmytro Volodymyr Oleh Yurii Mykola Vasyl Ivan Petro Bohdan Maksym Artem
    Vitalii Roman Ihor Pavlo Yaroslav Denys Ostap Mykhailo Anatolii`),
  albanian: list(`Arben Besnik Dritan Ermal Fatmir Gentian Ilir Klodian Luan Mentor Ndricim Olsi Petrit Skender Sokol
    Ylli Agim Altin Artan Bledar Edmond Erion Gjergj Kastriot`),
  bangladeshi: list(`Rahim Karim Abdul Mohammad Rafiq Shafiq Habib Jahangir Kamrul Mizanur Nazmul Rashed Shahidul Sohel
    Tanvir Faruk Masud Anwar Rubel Sumon Shakil Rakib Arif Mamun`),
  senegalese: list(`Mamadou Cheikh Ousmane Moussa Modou Abdoulaye Ibrahima Amadou Babacar Pape Serigne Aliou Lamine
    Malick Mbaye Omar Samba Alioune Assane Demba Issa Boubacar Saliou Souleymane`),
  english: list(`James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark Paul
    Steven Andrew George Edward Oliver Harry Jack Jacob Noah Samuel Henry Peter Simon Adam Ben Tom Luke Ryan Sean Chris
    Will Bill Frank`),
}

/** All given names (both genders), folded by the caller. */
export const givenNameGazetteer: readonly string[] = [
  ...Object.values(femaleGivenNamesByCommunity).flat(),
  ...Object.values(maleGivenNamesByCommunity).flat(),
]

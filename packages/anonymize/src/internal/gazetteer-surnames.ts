/**
 * Common surnames of Italy and of Milan's largest foreign communities, written for Incontro (lists of
 * names, not data about persons). Multi-word surnames ("De Santis", "Dela Cruz") are written with spaces.
 */
const list = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0)

/** Surnames by community. */
export const surnamesByCommunity: Readonly<Record<string, readonly string[]>> = {
  italian: list(`Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano
    Mancini Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo
    Gentile Martinelli Vitale Lombardo Serra Coppola Villa Conte Ferraro Ferri Fabbri Bianco Marchi Grasso Valentini
    Messina Sala Gatti Pellegrini Palumbo Sanna Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa
    Grassi Pellegrino Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi Martino
    Fiore Ferretti Bellini Basile Riva Donati Piras Vitali Battaglia Sartori Neri Costantini Milani Pagano Ruggiero
    Sorrentino Orlando Damico Negri Brambilla Fumagalli Colombi Mauri Crippa Galbiati Sironi Riva Pozzi Bassi Radaelli
    Villa Vergani Meroni Brivio Caprioli Cazzaniga Colnaghi Corti Frigerio Ghezzi Locatelli Magni Mapelli Nava Perego
    Ronchi Sangalli Tagliabue Valsecchi Viganò Zanetti Zappa Boschi Bonetti Bonfanti Cattaneo Colombo Rota Pirovano
    Verdi Neri Bruni Marini Parisi Fabbri Barbero Gualtieri Ricciardi Rinaldi Tosi Volpe Zanella Zanon Zullo
    Esposito Santis Angelo Luca Rosa Stefano Amico`),
  italianCompound: list(`De_Santis D'Angelo De_Luca D'Amico De_Rosa Di_Stefano De_Angelis Di_Lorenzo Lo_Russo La_Rosa
    De_Simone Di_Pietro Del_Prete Dalla_Costa D'Alessandro De_Marco Di_Giovanni Lo_Bianco`),
  romanian: list(`Popescu Ionescu Dumitrescu Constantinescu Popa Pop Radu Stoica Stan Gheorghe Matei Ciobanu Rusu Munteanu
    Moldovan Lungu Marin Tudor Dinu Barbu Nistor Florea Cristea Dobre Mihai Ene Toma Sandu Zamfir Anghel`),
  filipino: list(`Dela_Cruz Santos Reyes Bautista Garcia Mendoza Ramos Aquino Castillo Villanueva Gonzales Fernandez
    Lopez Torres Flores Rivera Domingo Mercado Manalo Pascual Navarro Soriano Salazar Tolentino Macaraeg Dizon`),
  chinese: list(`Chen Hu Zhou Wang Li Zhang Liu Yang Huang Zhao Wu Xu Sun Ma Zhu Lin He Guo Gao Luo Zheng Liang Xie Tang
    Han Cao Deng Feng Ye Jiang Cai Pan Du Dai Xia Zhong Wei Ren Jin Lu Shi Ji Fu`),
  egyptian: list(`Abdelrahman Hassan Mostafa Mohamed Ahmed Ibrahim Mahmoud Ali Sayed Abdelaziz Farouk Gamal Hamdy Khalil
    Mansour Nasser Ramadan Salem Shehata Soliman Taha Youssef Zaki Fahmy Hegazy Elsayed Abdallah Osman`),
  moroccan: list(`Alaoui Benali Bennani Berrada Chraibi El_Amrani El_Idrissi Fassi Haddad Idrissi Lahlou Mansouri
    Naciri Ouazzani Rami Sebti Tazi Tahiri Ziani Belkadi Bouzid Amrani Boukhari Chakir Essaid Hamdaoui Kabbaj`),
  peruvian: list(`Quispe Huamán Flores Mamani Rojas Sánchez Díaz Vásquez Chávez Ramírez Gutiérrez Mendoza Condori
    Cruz Espinoza Castillo Vargas Torres Romero Paredes Salazar Huanca Ccori Apaza Choque Ticona`),
  ecuadorian: list(`Zambrano Vera Cedeño Intriago Mera Macías Moreira Andrade Cevallos Guaman Pillajo Tenesaca Chimbo
    Quishpe Barreiro Loor Alcívar Palacios Bravo Cabrera`),
  srilankan: list(`Perera Fernando Silva De_Silva Jayasinghe Wickramasinghe Gunawardena Bandara Rajapaksa Dissanayake
    Herath Kumara Senanayake Ratnayake Wijesinghe Jayawardena Karunaratne Ekanayake Liyanage Peiris`),
  ukrainian: list(`Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Oliinyk Shevchuk Koval Polishchuk Bondar
    Tkachuk Moroz Lysenko Marchenko Rudenko Savchenko Petrenko Kuzmenko Pavlenko Melnyk Boiko Kovalchuk Hnatiuk`),
  albanian: list(`Hoxha Shehu Gjoka Kola Leka Marku Prifti Dervishi Duka Cela Meta Basha Rama Berisha Kelmendi Gashi
    Krasniqi Hysa Lika Muca Zeneli Xhafa Topalli Beqiri Brahimi`),
  bangladeshi: list(`Rahman Hossain Islam Ahmed Uddin Chowdhury Miah Begum Khatun Akter Sarkar Haque Alam Karim Sheikh
    Talukder Mollah Bhuiyan Mahmud Siddique Khan Kabir Sultana Hasan`),
  senegalese: list(`Diop Ndiaye Sow Fall Diallo Ba Gueye Faye Sarr Mbaye Seck Thiam Cisse Diouf Ndoye Sy Kane Diagne
    Niang Wade Sall Mbengue Toure Camara Dieng Samb Lo Sene`),
  english: list(`Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
    Roberts Green Hall Wood Jackson Clarke Harris Lewis Martin Cooper Hill Ward Hughes Turner Baker Parker Collins`),
}

/** All surnames; "_" in the lists joins the words of a compound surname. */
export const surnameGazetteer: readonly string[] = Object.values(surnamesByCommunity)
  .flat()
  .map((s) => s.replace(/_/g, ' '))

import torch

torch.manual_seed(0)
B = torch.randn(3, 3, dtype=torch.float64)
C = torch.randn(4, 3, dtype=torch.float64)

# r 个外积之和，得到秩为 r 的 3×4 矩阵（r = 0 时是零矩阵）
identities_hold = []
for r in range(4):
    A = B[:, :r] @ C[:, :r].T
    sigma = torch.linalg.svdvals(A)
    spectral = torch.linalg.matrix_norm(A, ord=2)
    frobenius = torch.linalg.matrix_norm(A)
    rank = int(torch.linalg.matrix_rank(A))
    singular_values = " ".join(f"{s:.4f}" for s in sigma.tolist())
    equal = bool(torch.isclose(spectral, frobenius))
    norms = f"‖A‖₂ {spectral:.4f} | ‖A‖_F {frobenius:.4f}"
    print(f"秩 {rank} | 奇异值 {singular_values} | {norms} | 相等 {equal}")
    #> 秩 0 | 奇异值 0.0000 0.0000 0.0000 | ‖A‖₂ 0.0000 | ‖A‖_F 0.0000 | 相等 True
    #> 秩 1 | 奇异值 2.2099 0.0000 0.0000 | ‖A‖₂ 2.2099 | ‖A‖_F 2.2099 | 相等 True
    #> 秩 2 | 奇异值 2.7952 2.1010 0.0000 | ‖A‖₂ 2.7952 | ‖A‖_F 3.4968 | 相等 False
    #> 秩 3 | 奇异值 3.3471 0.4060 0.1196 | ‖A‖₂ 3.3471 | ‖A‖_F 3.3738 | 相等 False
    # ||A||_2 是最大的奇异值，||A||_F 的平方是奇异值的平方和
    spectral_is_sigma_1 = bool(torch.isclose(spectral, sigma[0]))
    frobenius_is_sum = bool(torch.isclose(frobenius**2, (sigma**2).sum()))
    identities_hold.append(spectral_is_sigma_1 and frobenius_is_sum)
print(identities_hold)
#> [True, True, True, True]

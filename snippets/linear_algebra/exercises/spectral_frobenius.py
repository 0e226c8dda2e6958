import torch

torch.manual_seed(0)

# 几个随机矩阵：谱范数都不超过 Frobenius 范数
for shape in [(2, 2), (3, 5), (4, 3), (6, 6)]:
    A = torch.randn(shape, dtype=torch.float64)
    spectral = torch.linalg.matrix_norm(A, ord=2)
    frobenius = torch.linalg.matrix_norm(A)
    print(shape, f"{spectral.item():.4f} <= {frobenius.item():.4f}", bool(spectral <= frobenius))
    #> (2, 2) 2.7429 <= 2.7443 True
    #> (3, 5) 2.3711 <= 3.0708 True
    #> (4, 3) 2.7990 <= 3.2757 True
    #> (6, 6) 4.2817 <= 6.4417 True

# 外积 u v^T：两种范数相等，都等于 ||u|| * ||v||
u = torch.tensor([1.0, -2.0, 2.0], dtype=torch.float64)
v = torch.tensor([3.0, 4.0], dtype=torch.float64)
P = torch.outer(u, v)
print(torch.linalg.matrix_norm(P, ord=2))
#> tensor(15., dtype=torch.float64)
print(torch.linalg.matrix_norm(P))
#> tensor(15., dtype=torch.float64)
print(torch.linalg.vector_norm(u) * torch.linalg.vector_norm(v))
#> tensor(15., dtype=torch.float64)

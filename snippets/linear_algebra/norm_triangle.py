import torch

x = torch.tensor([3.0, -4.0])
y = torch.tensor([1.0, 2.0])

# 三角不等式：||x + y|| <= ||x|| + ||y||
for p in [1, 2, float("inf")]:
    lhs = torch.linalg.vector_norm(x + y, ord=p)
    rhs = torch.linalg.vector_norm(x, ord=p) + torch.linalg.vector_norm(y, ord=p)
    print(p, f"{lhs.item():.4f} <= {rhs.item():.4f}", bool(lhs <= rhs))
    #> 1 6.0000 <= 10.0000 True
    #> 2 4.4721 <= 7.2361 True
    #> inf 4.0000 <= 6.0000 True

# y 与 x 同向时取等号：||x + 2x|| = ||x|| + ||2x||，都是 15
sum_of_norms = torch.linalg.vector_norm(x) + torch.linalg.vector_norm(2 * x)
print(torch.linalg.vector_norm(x + 2 * x), sum_of_norms)
#> tensor(15.) tensor(15.)

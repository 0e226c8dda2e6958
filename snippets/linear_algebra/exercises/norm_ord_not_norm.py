import torch

e1 = torch.tensor([1.0, 0.0])
e2 = torch.tensor([0.0, 1.0])
x = torch.tensor([3.0, -4.0])

# ord=0.5 按 (sum |x_i|^0.5)^2 计算
print(torch.linalg.vector_norm(x, ord=0.5), (x.abs() ** 0.5).sum() ** 2)
#> tensor(13.9282) tensor(13.9282)

# ord=0.5 违反三角不等式：||e1 + e2|| = 4，||e1|| + ||e2|| = 2
print(torch.linalg.vector_norm(e1 + e2, ord=0.5))
#> tensor(4.)
print(torch.linalg.vector_norm(e1, ord=0.5) + torch.linalg.vector_norm(e2, ord=0.5))
#> tensor(2.)

# ord=0 数非零元素：放大 2 倍，“范数”不变，违反齐次性
print(torch.linalg.vector_norm(x, ord=0), torch.linalg.vector_norm(2 * x, ord=0))
#> tensor(2.) tensor(2.)

# ord=0 却满足三角不等式：x + y 的非零位置，一定是 x 或 y 的非零位置
y = torch.tensor([1.0, 4.0])
sum_of_counts = torch.linalg.vector_norm(x, ord=0) + torch.linalg.vector_norm(y, ord=0)
print(torch.linalg.vector_norm(x + y, ord=0), sum_of_counts)
#> tensor(1.) tensor(4.)

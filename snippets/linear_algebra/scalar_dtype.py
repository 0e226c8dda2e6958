import torch

n = torch.tensor([1, 2, 3])
print(n.dtype)
#> torch.int64

# 整数张量与整数标量：仍是 int64
print(n * 2, (n * 2).dtype)
#> tensor([2, 4, 6]) torch.int64
# 整数张量与浮点标量：结果是默认的浮点类型 float32
print(n * 2.5, (n * 2.5).dtype)
#> tensor([2.5000, 5.0000, 7.5000]) torch.float32
print(torch.get_default_dtype())
#> torch.float32
# 用 / 除总是得到浮点，哪怕两边都是整数；// 是向下取整的整除，仍是整数
print(n / 2, (n / 2).dtype)
#> tensor([0.5000, 1.0000, 1.5000]) torch.float32
print(n // 2, (n // 2).dtype)
#> tensor([0, 1, 1]) torch.int64

# Python 的 float 是双精度，但它不会把 float32 张量升成 float64
f = torch.tensor([1.0, 2.0, 3.0])
print((f * 2.5).dtype)
#> torch.float32
# torch.result_type 不做运算，只回答结果的 dtype
print(torch.result_type(n, 2.5))
#> torch.float32
# 但 / 是例外：result_type 按类型提升的规则回答 int64，真除法的结果却是 float32
print(torch.result_type(n, 2), (n / 2).dtype)
#> torch.int64 torch.float32

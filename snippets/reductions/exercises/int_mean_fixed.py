import torch

torch.manual_seed(0)
images = torch.randint(0, 256, (2, 3, 3))

# 办法一：先转成浮点，再对两个轴求均值
print(images.float().mean(axis=(1, 2)))
#> tensor([128.1111, 123.4444])

# 办法二：告诉 mean 按 float32 计算
print(images.mean(axis=(1, 2), dtype=torch.float32))
#> tensor([128.1111, 123.4444])

# 核对：每张图的像素和除以像素个数 3 × 3 = 9
print(images.sum(axis=(1, 2)))
#> tensor([1153, 1111])
print(images.sum(axis=(1, 2)).float() / 9)
#> tensor([128.1111, 123.4444])
